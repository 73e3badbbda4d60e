// Generated from ONNX "det.onnx" by burn-onnx
extern crate alloc;
use burn::nn::conv::Conv2d;
use burn::nn::conv::Conv2dConfig;
use burn::nn::conv::ConvTranspose2d;
use burn::nn::conv::ConvTranspose2dConfig;
use burn::nn::pool::AdaptiveAvgPool2d;
use burn::nn::pool::AdaptiveAvgPool2dConfig;
use burn::nn::pool::MaxPool2d;
use burn::nn::pool::MaxPool2dConfig;
use burn::nn::PaddingConfig2d;
use burn::prelude::*;

#[derive(Module, Debug)]
pub struct Submodule1 {
    conv2d1: Conv2d,
    conv2d2: Conv2d,
    conv2d3: Conv2d,
    maxpool2d1: MaxPool2d,
    conv2d4: Conv2d,
    conv2d5: Conv2d,
    conv2d6: Conv2d,
    conv2d7: Conv2d,
    conv2d8: Conv2d,
    conv2d9: Conv2d,
    constant1: burn::module::Param<Tensor<1>>,
    constant2: burn::module::Param<Tensor<1>>,
    conv2d10: Conv2d,
    conv2d11: Conv2d,
    conv2d12: Conv2d,
    constant3: burn::module::Param<Tensor<1>>,
    constant4: burn::module::Param<Tensor<1>>,
    conv2d13: Conv2d,
    conv2d14: Conv2d,
    conv2d15: Conv2d,
    constant5: burn::module::Param<Tensor<1>>,
    constant6: burn::module::Param<Tensor<1>>,
    conv2d16: Conv2d,
    conv2d17: Conv2d,
    conv2d18: Conv2d,
    conv2d19: Conv2d,
    conv2d20: Conv2d,
    constant7: burn::module::Param<Tensor<1>>,
    constant8: burn::module::Param<Tensor<1>>,
    conv2d21: Conv2d,
    conv2d22: Conv2d,
    #[module(skip)]
    device: Device,
}
impl Submodule1 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d1 = Conv2dConfig::new([3, 24], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d2 = Conv2dConfig::new([24, 12], [2, 2])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Same)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d3 = Conv2dConfig::new([12, 24], [2, 2])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Same)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let maxpool2d1 = MaxPool2dConfig::new([2, 2])
            .with_strides([1, 1])
            .with_padding(PaddingConfig2d::Same)
            .with_dilation([1, 1])
            .with_ceil_mode(false)
            .init();
        let conv2d4 = Conv2dConfig::new([48, 24], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d5 = Conv2dConfig::new([24, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d6 = Conv2dConfig::new([48, 48], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(48)
            .with_bias(true)
            .init(device);
        let conv2d7 = Conv2dConfig::new([48, 12], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d8 = Conv2dConfig::new([12, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d9 = Conv2dConfig::new([48, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant1: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant2: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d10 = Conv2dConfig::new([96, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d11 = Conv2dConfig::new([48, 48], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(48)
            .with_bias(true)
            .init(device);
        let conv2d12 = Conv2dConfig::new([48, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant3: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant4: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d13 = Conv2dConfig::new([96, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d14 = Conv2dConfig::new([48, 48], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(48)
            .with_bias(true)
            .init(device);
        let conv2d15 = Conv2dConfig::new([48, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant5: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant6: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d16 = Conv2dConfig::new([96, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d17 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d18 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d19 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d20 = Conv2dConfig::new([96, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant7: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant8: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d21 = Conv2dConfig::new([192, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d22 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        Self {
            conv2d1,
            conv2d2,
            conv2d3,
            maxpool2d1,
            conv2d4,
            conv2d5,
            conv2d6,
            conv2d7,
            conv2d8,
            conv2d9,
            constant1,
            constant2,
            conv2d10,
            conv2d11,
            conv2d12,
            constant3,
            constant4,
            conv2d13,
            conv2d14,
            conv2d15,
            constant5,
            constant6,
            conv2d16,
            conv2d17,
            conv2d18,
            conv2d19,
            conv2d20,
            constant7,
            constant8,
            conv2d21,
            conv2d22,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> (Tensor<4>, Tensor<4>) {
        let conv2d1_out1 = self.conv2d1.forward(x);
        let relu1_out1 = burn::tensor::activation::relu(conv2d1_out1);
        let conv2d2_out1 = self.conv2d2.forward(relu1_out1.clone());
        let relu2_out1 = burn::tensor::activation::relu(conv2d2_out1);
        let conv2d3_out1 = self.conv2d3.forward(relu2_out1);
        let relu3_out1 = burn::tensor::activation::relu(conv2d3_out1);
        let maxpool2d1_out1 = self.maxpool2d1.forward(relu1_out1);
        let concat1_out1 = burn::tensor::Tensor::cat([maxpool2d1_out1, relu3_out1].into(), 1);
        let conv2d4_out1 = self.conv2d4.forward(concat1_out1);
        let relu4_out1 = burn::tensor::activation::relu(conv2d4_out1);
        let conv2d5_out1 = self.conv2d5.forward(relu4_out1);
        let relu5_out1 = burn::tensor::activation::relu(conv2d5_out1);
        let conv2d6_out1 = self.conv2d6.forward(relu5_out1);
        let reducemean1_out1 = { conv2d6_out1.clone().mean_dim(2usize).mean_dim(3usize) };
        let conv2d7_out1 = self.conv2d7.forward(reducemean1_out1);
        let relu6_out1 = burn::tensor::activation::relu(conv2d7_out1);
        let conv2d8_out1 = self.conv2d8.forward(relu6_out1);
        let hardsigmoid1_out1 = burn::tensor::activation::hard_sigmoid(conv2d8_out1, 0.16666670143604279, 0.5);
        let mul1_out1 = conv2d6_out1.mul(hardsigmoid1_out1);
        let conv2d9_out1 = self.conv2d9.forward(mul1_out1.clone());
        let constant1_out1 = self.constant1.val();
        let div1_out1 = conv2d9_out1
            .clone()
            .div((constant1_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf1_out1 = div1_out1.erf();
        let constant2_out1 = self.constant2.val();
        let add1_out1 = erf1_out1.add((constant2_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul2_out1 = conv2d9_out1.mul(add1_out1);
        let conv2d10_out1 = self.conv2d10.forward(mul2_out1);
        let add2_out1 = mul1_out1.add(conv2d10_out1);
        let conv2d11_out1 = self.conv2d11.forward(add2_out1);
        let conv2d12_out1 = self.conv2d12.forward(conv2d11_out1.clone());
        let constant3_out1 = self.constant3.val();
        let div2_out1 = conv2d12_out1
            .clone()
            .div((constant3_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf2_out1 = div2_out1.erf();
        let constant4_out1 = self.constant4.val();
        let add3_out1 = erf2_out1.add((constant4_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul3_out1 = conv2d12_out1.mul(add3_out1);
        let conv2d13_out1 = self.conv2d13.forward(mul3_out1);
        let add4_out1 = conv2d11_out1.add(conv2d13_out1);
        let conv2d14_out1 = self.conv2d14.forward(add4_out1.clone());
        let conv2d15_out1 = self.conv2d15.forward(conv2d14_out1);
        let constant5_out1 = self.constant5.val();
        let div3_out1 = conv2d15_out1
            .clone()
            .div((constant5_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf3_out1 = div3_out1.erf();
        let constant6_out1 = self.constant6.val();
        let add5_out1 = erf3_out1.add((constant6_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul4_out1 = conv2d15_out1.mul(add5_out1);
        let conv2d16_out1 = self.conv2d16.forward(mul4_out1);
        let conv2d17_out1 = self.conv2d17.forward(conv2d16_out1);
        let reducemean2_out1 = { conv2d17_out1.clone().mean_dim(2usize).mean_dim(3usize) };
        let conv2d18_out1 = self.conv2d18.forward(reducemean2_out1);
        let relu7_out1 = burn::tensor::activation::relu(conv2d18_out1);
        let conv2d19_out1 = self.conv2d19.forward(relu7_out1);
        let hardsigmoid2_out1 = burn::tensor::activation::hard_sigmoid(conv2d19_out1, 0.16666670143604279, 0.5);
        let mul5_out1 = conv2d17_out1.mul(hardsigmoid2_out1);
        let conv2d20_out1 = self.conv2d20.forward(mul5_out1.clone());
        let constant7_out1 = self.constant7.val();
        let div4_out1 = conv2d20_out1
            .clone()
            .div((constant7_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf4_out1 = div4_out1.erf();
        let constant8_out1 = self.constant8.val();
        let add6_out1 = erf4_out1.add((constant8_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul6_out1 = conv2d20_out1.mul(add6_out1);
        let conv2d21_out1 = self.conv2d21.forward(mul6_out1);
        let add7_out1 = mul5_out1.add(conv2d21_out1);
        let conv2d22_out1 = self.conv2d22.forward(add7_out1);
        (conv2d22_out1, add4_out1)
    }
}
#[derive(Module, Debug)]
pub struct Submodule2 {
    conv2d23: Conv2d,
    constant9: burn::module::Param<Tensor<1>>,
    constant10: burn::module::Param<Tensor<1>>,
    conv2d24: Conv2d,
    conv2d25: Conv2d,
    conv2d26: Conv2d,
    constant11: burn::module::Param<Tensor<1>>,
    constant12: burn::module::Param<Tensor<1>>,
    conv2d27: Conv2d,
    conv2d28: Conv2d,
    conv2d29: Conv2d,
    conv2d30: Conv2d,
    conv2d31: Conv2d,
    constant13: burn::module::Param<Tensor<1>>,
    constant14: burn::module::Param<Tensor<1>>,
    conv2d32: Conv2d,
    conv2d33: Conv2d,
    conv2d34: Conv2d,
    constant15: burn::module::Param<Tensor<1>>,
    constant16: burn::module::Param<Tensor<1>>,
    conv2d35: Conv2d,
    conv2d36: Conv2d,
    conv2d37: Conv2d,
    conv2d38: Conv2d,
    conv2d39: Conv2d,
    constant17: burn::module::Param<Tensor<1>>,
    constant18: burn::module::Param<Tensor<1>>,
    conv2d40: Conv2d,
    conv2d41: Conv2d,
    conv2d42: Conv2d,
    constant19: burn::module::Param<Tensor<1>>,
    constant20: burn::module::Param<Tensor<1>>,
    conv2d43: Conv2d,
    #[module(skip)]
    device: Device,
}
impl Submodule2 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d23 = Conv2dConfig::new([96, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant9: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant10: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d24 = Conv2dConfig::new([192, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d25 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d26 = Conv2dConfig::new([96, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant11: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant12: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d27 = Conv2dConfig::new([192, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d28 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d29 = Conv2dConfig::new([192, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d30 = Conv2dConfig::new([48, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d31 = Conv2dConfig::new([192, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant13: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant14: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d32 = Conv2dConfig::new([384, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d33 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d34 = Conv2dConfig::new([192, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant15: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant16: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d35 = Conv2dConfig::new([384, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d36 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d37 = Conv2dConfig::new([192, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d38 = Conv2dConfig::new([48, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d39 = Conv2dConfig::new([192, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant17: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant18: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d40 = Conv2dConfig::new([384, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d41 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d42 = Conv2dConfig::new([192, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant19: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant20: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d43 = Conv2dConfig::new([384, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        Self {
            conv2d23,
            constant9,
            constant10,
            conv2d24,
            conv2d25,
            conv2d26,
            constant11,
            constant12,
            conv2d27,
            conv2d28,
            conv2d29,
            conv2d30,
            conv2d31,
            constant13,
            constant14,
            conv2d32,
            conv2d33,
            conv2d34,
            constant15,
            constant16,
            conv2d35,
            conv2d36,
            conv2d37,
            conv2d38,
            conv2d39,
            constant17,
            constant18,
            conv2d40,
            conv2d41,
            conv2d42,
            constant19,
            constant20,
            conv2d43,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, conv2d22_out1: Tensor<4>) -> (Tensor<4>, Tensor<4>) {
        let conv2d23_out1 = self.conv2d23.forward(conv2d22_out1.clone());
        let constant9_out1 = self.constant9.val();
        let div5_out1 = conv2d23_out1
            .clone()
            .div((constant9_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf5_out1 = div5_out1.erf();
        let constant10_out1 = self.constant10.val();
        let add8_out1 = erf5_out1.add((constant10_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul7_out1 = conv2d23_out1.mul(add8_out1);
        let conv2d24_out1 = self.conv2d24.forward(mul7_out1);
        let add9_out1 = conv2d22_out1.add(conv2d24_out1);
        let conv2d25_out1 = self.conv2d25.forward(add9_out1.clone());
        let conv2d26_out1 = self.conv2d26.forward(conv2d25_out1);
        let constant11_out1 = self.constant11.val();
        let div6_out1 = conv2d26_out1
            .clone()
            .div((constant11_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf6_out1 = div6_out1.erf();
        let constant12_out1 = self.constant12.val();
        let add10_out1 = erf6_out1.add((constant12_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul8_out1 = conv2d26_out1.mul(add10_out1);
        let conv2d27_out1 = self.conv2d27.forward(mul8_out1);
        let conv2d28_out1 = self.conv2d28.forward(conv2d27_out1);
        let reducemean3_out1 = { conv2d28_out1.clone().mean_dim(2usize).mean_dim(3usize) };
        let conv2d29_out1 = self.conv2d29.forward(reducemean3_out1);
        let relu8_out1 = burn::tensor::activation::relu(conv2d29_out1);
        let conv2d30_out1 = self.conv2d30.forward(relu8_out1);
        let hardsigmoid3_out1 = burn::tensor::activation::hard_sigmoid(conv2d30_out1, 0.16666670143604279, 0.5);
        let mul9_out1 = conv2d28_out1.mul(hardsigmoid3_out1);
        let conv2d31_out1 = self.conv2d31.forward(mul9_out1.clone());
        let constant13_out1 = self.constant13.val();
        let div7_out1 = conv2d31_out1
            .clone()
            .div((constant13_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf7_out1 = div7_out1.erf();
        let constant14_out1 = self.constant14.val();
        let add11_out1 = erf7_out1.add((constant14_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul10_out1 = conv2d31_out1.mul(add11_out1);
        let conv2d32_out1 = self.conv2d32.forward(mul10_out1);
        let add12_out1 = mul9_out1.add(conv2d32_out1);
        let conv2d33_out1 = self.conv2d33.forward(add12_out1);
        let conv2d34_out1 = self.conv2d34.forward(conv2d33_out1.clone());
        let constant15_out1 = self.constant15.val();
        let div8_out1 = conv2d34_out1
            .clone()
            .div((constant15_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf8_out1 = div8_out1.erf();
        let constant16_out1 = self.constant16.val();
        let add13_out1 = erf8_out1.add((constant16_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul11_out1 = conv2d34_out1.mul(add13_out1);
        let conv2d35_out1 = self.conv2d35.forward(mul11_out1);
        let add14_out1 = conv2d33_out1.add(conv2d35_out1);
        let conv2d36_out1 = self.conv2d36.forward(add14_out1);
        let reducemean4_out1 = { conv2d36_out1.clone().mean_dim(2usize).mean_dim(3usize) };
        let conv2d37_out1 = self.conv2d37.forward(reducemean4_out1);
        let relu9_out1 = burn::tensor::activation::relu(conv2d37_out1);
        let conv2d38_out1 = self.conv2d38.forward(relu9_out1);
        let hardsigmoid4_out1 = burn::tensor::activation::hard_sigmoid(conv2d38_out1, 0.16666670143604279, 0.5);
        let mul12_out1 = conv2d36_out1.mul(hardsigmoid4_out1);
        let conv2d39_out1 = self.conv2d39.forward(mul12_out1.clone());
        let constant17_out1 = self.constant17.val();
        let div9_out1 = conv2d39_out1
            .clone()
            .div((constant17_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf9_out1 = div9_out1.erf();
        let constant18_out1 = self.constant18.val();
        let add15_out1 = erf9_out1.add((constant18_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul13_out1 = conv2d39_out1.mul(add15_out1);
        let conv2d40_out1 = self.conv2d40.forward(mul13_out1);
        let add16_out1 = mul12_out1.add(conv2d40_out1);
        let conv2d41_out1 = self.conv2d41.forward(add16_out1);
        let conv2d42_out1 = self.conv2d42.forward(conv2d41_out1.clone());
        let constant19_out1 = self.constant19.val();
        let div10_out1 = conv2d42_out1
            .clone()
            .div((constant19_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf10_out1 = div10_out1.erf();
        let constant20_out1 = self.constant20.val();
        let add17_out1 = erf10_out1.add((constant20_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul14_out1 = conv2d42_out1.mul(add17_out1);
        let conv2d43_out1 = self.conv2d43.forward(mul14_out1);
        let add18_out1 = conv2d41_out1.add(conv2d43_out1);
        (add18_out1, add9_out1)
    }
}
#[derive(Module, Debug)]
pub struct Submodule3 {
    conv2d44: Conv2d,
    conv2d45: Conv2d,
    constant21: burn::module::Param<Tensor<1>>,
    constant22: burn::module::Param<Tensor<1>>,
    conv2d46: Conv2d,
    conv2d47: Conv2d,
    conv2d48: Conv2d,
    conv2d49: Conv2d,
    conv2d50: Conv2d,
    constant23: burn::module::Param<Tensor<1>>,
    constant24: burn::module::Param<Tensor<1>>,
    conv2d51: Conv2d,
    conv2d52: Conv2d,
    conv2d53: Conv2d,
    constant25: burn::module::Param<Tensor<1>>,
    constant26: burn::module::Param<Tensor<1>>,
    conv2d54: Conv2d,
    conv2d55: Conv2d,
    globalaveragepool1: AdaptiveAvgPool2d,
    conv2d56: Conv2d,
    conv2d57: Conv2d,
    conv2d58: Conv2d,
    globalaveragepool2: AdaptiveAvgPool2d,
    conv2d59: Conv2d,
    conv2d60: Conv2d,
    conv2d61: Conv2d,
    globalaveragepool3: AdaptiveAvgPool2d,
    conv2d62: Conv2d,
    conv2d63: Conv2d,
    conv2d64: Conv2d,
    globalaveragepool4: AdaptiveAvgPool2d,
    conv2d65: Conv2d,
    conv2d66: Conv2d,
    resize1: burn::nn::interpolate::Interpolate2d,
    resize2: burn::nn::interpolate::Interpolate2d,
    resize3: burn::nn::interpolate::Interpolate2d,
    conv2d67: Conv2d,
    conv2d68: Conv2d,
    globalaveragepool5: AdaptiveAvgPool2d,
    conv2d69: Conv2d,
    conv2d70: Conv2d,
    conv2d71: Conv2d,
    conv2d72: Conv2d,
    globalaveragepool6: AdaptiveAvgPool2d,
    conv2d73: Conv2d,
    conv2d74: Conv2d,
    conv2d75: Conv2d,
    conv2d76: Conv2d,
    globalaveragepool7: AdaptiveAvgPool2d,
    conv2d77: Conv2d,
    conv2d78: Conv2d,
    conv2d79: Conv2d,
    conv2d80: Conv2d,
    globalaveragepool8: AdaptiveAvgPool2d,
    conv2d81: Conv2d,
    conv2d82: Conv2d,
    resize4: burn::nn::interpolate::Interpolate2d,
    resize5: burn::nn::interpolate::Interpolate2d,
    resize6: burn::nn::interpolate::Interpolate2d,
    conv2d83: Conv2d,
    convtranspose2d1: ConvTranspose2d,
    constant48: burn::module::Param<Tensor<4>>,
    convtranspose2d2: ConvTranspose2d,
    constant50: burn::module::Param<Tensor<4>>,
    #[module(skip)]
    device: Device,
}
impl Submodule3 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d44 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d45 = Conv2dConfig::new([192, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant21: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant22: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d46 = Conv2dConfig::new([384, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d47 = Conv2dConfig::new([384, 384], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(384)
            .with_bias(true)
            .init(device);
        let conv2d48 = Conv2dConfig::new([384, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d49 = Conv2dConfig::new([96, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d50 = Conv2dConfig::new([384, 768], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant23: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant24: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d51 = Conv2dConfig::new([768, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d52 = Conv2dConfig::new([384, 384], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(384)
            .with_bias(true)
            .init(device);
        let conv2d53 = Conv2dConfig::new([384, 768], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant25: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1.4142135381698608f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant26: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([1f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d54 = Conv2dConfig::new([768, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d55 = Conv2dConfig::new([384, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool1 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d56 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d57 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d58 = Conv2dConfig::new([192, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool2 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d59 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d60 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d61 = Conv2dConfig::new([96, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool3 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d62 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d63 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d64 = Conv2dConfig::new([48, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool4 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d65 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d66 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let resize1 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize2 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize3 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let conv2d67 = Conv2dConfig::new([96, 96], [7, 7])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(3, 3, 3, 3))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d68 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool5 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d69 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d70 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d71 = Conv2dConfig::new([96, 96], [7, 7])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(3, 3, 3, 3))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d72 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool6 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d73 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d74 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d75 = Conv2dConfig::new([96, 96], [7, 7])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(3, 3, 3, 3))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d76 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool7 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d77 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d78 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d79 = Conv2dConfig::new([96, 96], [7, 7])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(3, 3, 3, 3))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d80 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool8 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d81 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d82 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let resize4 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([8.0, 8.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize5 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([4.0, 4.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize6 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let conv2d83 = Conv2dConfig::new([96, 24], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let convtranspose2d1 = ConvTranspose2dConfig::new([24, 24], [2, 2])
            .with_stride([2, 2])
            .with_padding([0, 0])
            .with_padding_out([0, 0])
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let constant48: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 24, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 24, 1, 1].into(),
        );
        let convtranspose2d2 = ConvTranspose2dConfig::new([24, 1], [2, 2])
            .with_stride([2, 2])
            .with_padding([0, 0])
            .with_padding_out([0, 0])
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let constant50: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 1, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 1, 1, 1].into(),
        );
        Self {
            conv2d44,
            conv2d45,
            constant21,
            constant22,
            conv2d46,
            conv2d47,
            conv2d48,
            conv2d49,
            conv2d50,
            constant23,
            constant24,
            conv2d51,
            conv2d52,
            conv2d53,
            constant25,
            constant26,
            conv2d54,
            conv2d55,
            globalaveragepool1,
            conv2d56,
            conv2d57,
            conv2d58,
            globalaveragepool2,
            conv2d59,
            conv2d60,
            conv2d61,
            globalaveragepool3,
            conv2d62,
            conv2d63,
            conv2d64,
            globalaveragepool4,
            conv2d65,
            conv2d66,
            resize1,
            resize2,
            resize3,
            conv2d67,
            conv2d68,
            globalaveragepool5,
            conv2d69,
            conv2d70,
            conv2d71,
            conv2d72,
            globalaveragepool6,
            conv2d73,
            conv2d74,
            conv2d75,
            conv2d76,
            globalaveragepool7,
            conv2d77,
            conv2d78,
            conv2d79,
            conv2d80,
            globalaveragepool8,
            conv2d81,
            conv2d82,
            resize4,
            resize5,
            resize6,
            conv2d83,
            convtranspose2d1,
            constant48,
            convtranspose2d2,
            constant50,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, add18_out1: Tensor<4>, add9_out1: Tensor<4>, add4_out1: Tensor<4>) -> Tensor<4> {
        let conv2d44_out1 = self.conv2d44.forward(add18_out1.clone());
        let conv2d45_out1 = self.conv2d45.forward(conv2d44_out1);
        let constant21_out1 = self.constant21.val();
        let div11_out1 = conv2d45_out1
            .clone()
            .div((constant21_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf11_out1 = div11_out1.erf();
        let constant22_out1 = self.constant22.val();
        let add19_out1 = erf11_out1.add((constant22_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul15_out1 = conv2d45_out1.mul(add19_out1);
        let conv2d46_out1 = self.conv2d46.forward(mul15_out1);
        let conv2d47_out1 = self.conv2d47.forward(conv2d46_out1);
        let reducemean5_out1 = { conv2d47_out1.clone().mean_dim(2usize).mean_dim(3usize) };
        let conv2d48_out1 = self.conv2d48.forward(reducemean5_out1);
        let relu10_out1 = burn::tensor::activation::relu(conv2d48_out1);
        let conv2d49_out1 = self.conv2d49.forward(relu10_out1);
        let hardsigmoid5_out1 = burn::tensor::activation::hard_sigmoid(conv2d49_out1, 0.16666670143604279, 0.5);
        let mul16_out1 = conv2d47_out1.mul(hardsigmoid5_out1);
        let conv2d50_out1 = self.conv2d50.forward(mul16_out1.clone());
        let constant23_out1 = self.constant23.val();
        let div12_out1 = conv2d50_out1
            .clone()
            .div((constant23_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf12_out1 = div12_out1.erf();
        let constant24_out1 = self.constant24.val();
        let add20_out1 = erf12_out1.add((constant24_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul17_out1 = conv2d50_out1.mul(add20_out1);
        let conv2d51_out1 = self.conv2d51.forward(mul17_out1);
        let add21_out1 = mul16_out1.add(conv2d51_out1);
        let conv2d52_out1 = self.conv2d52.forward(add21_out1);
        let conv2d53_out1 = self.conv2d53.forward(conv2d52_out1.clone());
        let constant25_out1 = self.constant25.val();
        let div13_out1 = conv2d53_out1
            .clone()
            .div((constant25_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf13_out1 = div13_out1.erf();
        let constant26_out1 = self.constant26.val();
        let add22_out1 = erf13_out1.add((constant26_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul18_out1 = conv2d53_out1.mul(add22_out1);
        let conv2d54_out1 = self.conv2d54.forward(mul18_out1);
        let add23_out1 = conv2d52_out1.add(conv2d54_out1);
        let conv2d55_out1 = self.conv2d55.forward(add23_out1);
        let globalaveragepool1_out1 = self.globalaveragepool1.forward(conv2d55_out1.clone());
        let conv2d56_out1 = self.conv2d56.forward(globalaveragepool1_out1);
        let relu11_out1 = burn::tensor::activation::relu(conv2d56_out1);
        let conv2d57_out1 = self.conv2d57.forward(relu11_out1);
        let hardsigmoid6_out1 = burn::tensor::activation::hard_sigmoid(conv2d57_out1, 0.20000000298023224, 0.5);
        let mul19_out1 = conv2d55_out1.clone().mul(hardsigmoid6_out1);
        let add24_out1 = conv2d55_out1.add(mul19_out1);
        let conv2d58_out1 = self.conv2d58.forward(add18_out1);
        let globalaveragepool2_out1 = self.globalaveragepool2.forward(conv2d58_out1.clone());
        let conv2d59_out1 = self.conv2d59.forward(globalaveragepool2_out1);
        let relu12_out1 = burn::tensor::activation::relu(conv2d59_out1);
        let conv2d60_out1 = self.conv2d60.forward(relu12_out1);
        let hardsigmoid7_out1 = burn::tensor::activation::hard_sigmoid(conv2d60_out1, 0.20000000298023224, 0.5);
        let mul20_out1 = conv2d58_out1.clone().mul(hardsigmoid7_out1);
        let add25_out1 = conv2d58_out1.add(mul20_out1);
        let conv2d61_out1 = self.conv2d61.forward(add9_out1);
        let globalaveragepool3_out1 = self.globalaveragepool3.forward(conv2d61_out1.clone());
        let conv2d62_out1 = self.conv2d62.forward(globalaveragepool3_out1);
        let relu13_out1 = burn::tensor::activation::relu(conv2d62_out1);
        let conv2d63_out1 = self.conv2d63.forward(relu13_out1);
        let hardsigmoid8_out1 = burn::tensor::activation::hard_sigmoid(conv2d63_out1, 0.20000000298023224, 0.5);
        let mul21_out1 = conv2d61_out1.clone().mul(hardsigmoid8_out1);
        let add26_out1 = conv2d61_out1.add(mul21_out1);
        let conv2d64_out1 = self.conv2d64.forward(add4_out1);
        let globalaveragepool4_out1 = self.globalaveragepool4.forward(conv2d64_out1.clone());
        let conv2d65_out1 = self.conv2d65.forward(globalaveragepool4_out1);
        let relu14_out1 = burn::tensor::activation::relu(conv2d65_out1);
        let conv2d66_out1 = self.conv2d66.forward(relu14_out1);
        let hardsigmoid9_out1 = burn::tensor::activation::hard_sigmoid(conv2d66_out1, 0.20000000298023224, 0.5);
        let mul22_out1 = conv2d64_out1.clone().mul(hardsigmoid9_out1);
        let add27_out1 = conv2d64_out1.add(mul22_out1);
        let resize1_out1 = self.resize1.forward(add24_out1.clone());
        let add28_out1 = add25_out1.add(resize1_out1);
        let resize2_out1 = self.resize2.forward(add28_out1.clone());
        let add29_out1 = add26_out1.add(resize2_out1);
        let resize3_out1 = self.resize3.forward(add29_out1.clone());
        let add30_out1 = add27_out1.add(resize3_out1);
        let conv2d67_out1 = self.conv2d67.forward(add24_out1);
        let conv2d68_out1 = self.conv2d68.forward(conv2d67_out1);
        let globalaveragepool5_out1 = self.globalaveragepool5.forward(conv2d68_out1.clone());
        let conv2d69_out1 = self.conv2d69.forward(globalaveragepool5_out1);
        let relu15_out1 = burn::tensor::activation::relu(conv2d69_out1);
        let conv2d70_out1 = self.conv2d70.forward(relu15_out1);
        let hardsigmoid10_out1 = burn::tensor::activation::hard_sigmoid(conv2d70_out1, 0.20000000298023224, 0.5);
        let mul23_out1 = conv2d68_out1.clone().mul(hardsigmoid10_out1);
        let add31_out1 = conv2d68_out1.add(mul23_out1);
        let conv2d71_out1 = self.conv2d71.forward(add28_out1);
        let conv2d72_out1 = self.conv2d72.forward(conv2d71_out1);
        let globalaveragepool6_out1 = self.globalaveragepool6.forward(conv2d72_out1.clone());
        let conv2d73_out1 = self.conv2d73.forward(globalaveragepool6_out1);
        let relu16_out1 = burn::tensor::activation::relu(conv2d73_out1);
        let conv2d74_out1 = self.conv2d74.forward(relu16_out1);
        let hardsigmoid11_out1 = burn::tensor::activation::hard_sigmoid(conv2d74_out1, 0.20000000298023224, 0.5);
        let mul24_out1 = conv2d72_out1.clone().mul(hardsigmoid11_out1);
        let add32_out1 = conv2d72_out1.add(mul24_out1);
        let conv2d75_out1 = self.conv2d75.forward(add29_out1);
        let conv2d76_out1 = self.conv2d76.forward(conv2d75_out1);
        let globalaveragepool7_out1 = self.globalaveragepool7.forward(conv2d76_out1.clone());
        let conv2d77_out1 = self.conv2d77.forward(globalaveragepool7_out1);
        let relu17_out1 = burn::tensor::activation::relu(conv2d77_out1);
        let conv2d78_out1 = self.conv2d78.forward(relu17_out1);
        let hardsigmoid12_out1 = burn::tensor::activation::hard_sigmoid(conv2d78_out1, 0.20000000298023224, 0.5);
        let mul25_out1 = conv2d76_out1.clone().mul(hardsigmoid12_out1);
        let add33_out1 = conv2d76_out1.add(mul25_out1);
        let conv2d79_out1 = self.conv2d79.forward(add30_out1);
        let conv2d80_out1 = self.conv2d80.forward(conv2d79_out1);
        let globalaveragepool8_out1 = self.globalaveragepool8.forward(conv2d80_out1.clone());
        let conv2d81_out1 = self.conv2d81.forward(globalaveragepool8_out1);
        let relu18_out1 = burn::tensor::activation::relu(conv2d81_out1);
        let conv2d82_out1 = self.conv2d82.forward(relu18_out1);
        let hardsigmoid13_out1 = burn::tensor::activation::hard_sigmoid(conv2d82_out1, 0.20000000298023224, 0.5);
        let mul26_out1 = conv2d80_out1.clone().mul(hardsigmoid13_out1);
        let add34_out1 = conv2d80_out1.add(mul26_out1);
        let resize4_out1 = self.resize4.forward(add31_out1);
        let resize5_out1 = self.resize5.forward(add32_out1);
        let resize6_out1 = self.resize6.forward(add33_out1);
        let concat2_out1 = burn::tensor::Tensor::cat([resize4_out1, resize5_out1, resize6_out1, add34_out1].into(), 1);
        let conv2d83_out1 = self.conv2d83.forward(concat2_out1);
        let relu19_out1 = burn::tensor::activation::relu(conv2d83_out1);
        let convtranspose2d1_out1 = self.convtranspose2d1.forward(relu19_out1);
        let constant48_out1 = self.constant48.val();
        let add35_out1 = convtranspose2d1_out1.add(constant48_out1);
        let relu20_out1 = burn::tensor::activation::relu(add35_out1);
        let convtranspose2d2_out1 = self.convtranspose2d2.forward(relu20_out1);
        let constant50_out1 = self.constant50.val();
        let add36_out1 = convtranspose2d2_out1.add(constant50_out1);
        let sigmoid1_out1 = burn::tensor::activation::sigmoid(add36_out1);
        sigmoid1_out1
    }
}

#[derive(Module, Debug)]
pub struct Model {
    submodule1: Submodule1,
    submodule2: Submodule2,
    submodule3: Submodule3,
    #[module(skip)]
    device: Device,
}

impl Model {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let submodule1 = Submodule1::new(device);
        let submodule2 = Submodule2::new(device);
        let submodule3 = Submodule3::new(device);
        Self {
            submodule1,
            submodule2,
            submodule3,
            device: device.clone(),
        }
    }

    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let (conv2d22_out1, add4_out1) = self.submodule1.forward(x);
        let (add18_out1, add9_out1) = self.submodule2.forward(conv2d22_out1);
        let sigmoid1_out1 = self.submodule3.forward(add18_out1, add9_out1, add4_out1);
        sigmoid1_out1
    }
}
