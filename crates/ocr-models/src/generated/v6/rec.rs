// Generated from ONNX "rec.onnx" by burn-onnx
extern crate alloc;
use burn::nn::conv::Conv2d;
use burn::nn::conv::Conv2dConfig;
use burn::nn::pool::AvgPool2d;
use burn::nn::pool::AvgPool2dConfig;
use burn::nn::pool::MaxPool2d;
use burn::nn::pool::MaxPool2dConfig;
use burn::nn::Linear;
use burn::nn::LinearConfig;
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
    constant7: burn::module::Param<Tensor<1>>,
    constant8: burn::module::Param<Tensor<1>>,
    conv2d19: Conv2d,
    conv2d20: Conv2d,
    conv2d21: Conv2d,
    conv2d22: Conv2d,
    #[module(skip)]
    device: Device,
}
impl Submodule1 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d1 = Conv2dConfig::new([3, 48], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d2 = Conv2dConfig::new([48, 24], [2, 2])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Same)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d3 = Conv2dConfig::new([24, 48], [2, 2])
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
        let conv2d4 = Conv2dConfig::new([96, 48], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d5 = Conv2dConfig::new([48, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d6 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d7 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d8 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d9 = Conv2dConfig::new([96, 192], [1, 1])
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
        let conv2d10 = Conv2dConfig::new([192, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d11 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d12 = Conv2dConfig::new([96, 192], [1, 1])
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
        let conv2d13 = Conv2dConfig::new([192, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d14 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d15 = Conv2dConfig::new([96, 192], [1, 1])
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
        let conv2d16 = Conv2dConfig::new([192, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d17 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d18 = Conv2dConfig::new([96, 192], [1, 1])
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
        let conv2d19 = Conv2dConfig::new([192, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d20 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d21 = Conv2dConfig::new([192, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d22 = Conv2dConfig::new([48, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
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
            constant7,
            constant8,
            conv2d19,
            conv2d20,
            conv2d21,
            conv2d22,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
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
        let conv2d14_out1 = self.conv2d14.forward(add4_out1);
        let conv2d15_out1 = self.conv2d15.forward(conv2d14_out1.clone());
        let constant5_out1 = self.constant5.val();
        let div3_out1 = conv2d15_out1
            .clone()
            .div((constant5_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf3_out1 = div3_out1.erf();
        let constant6_out1 = self.constant6.val();
        let add5_out1 = erf3_out1.add((constant6_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul4_out1 = conv2d15_out1.mul(add5_out1);
        let conv2d16_out1 = self.conv2d16.forward(mul4_out1);
        let add6_out1 = conv2d14_out1.add(conv2d16_out1);
        let conv2d17_out1 = self.conv2d17.forward(add6_out1);
        let conv2d18_out1 = self.conv2d18.forward(conv2d17_out1);
        let constant7_out1 = self.constant7.val();
        let div4_out1 = conv2d18_out1
            .clone()
            .div((constant7_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf4_out1 = div4_out1.erf();
        let constant8_out1 = self.constant8.val();
        let add7_out1 = erf4_out1.add((constant8_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul5_out1 = conv2d18_out1.mul(add7_out1);
        let conv2d19_out1 = self.conv2d19.forward(mul5_out1);
        let conv2d20_out1 = self.conv2d20.forward(conv2d19_out1);
        let reducemean2_out1 = { conv2d20_out1.clone().mean_dim(2usize).mean_dim(3usize) };
        let conv2d21_out1 = self.conv2d21.forward(reducemean2_out1);
        let relu7_out1 = burn::tensor::activation::relu(conv2d21_out1);
        let conv2d22_out1 = self.conv2d22.forward(relu7_out1);
        let hardsigmoid2_out1 = burn::tensor::activation::hard_sigmoid(conv2d22_out1, 0.16666670143604279, 0.5);
        let mul6_out1 = conv2d20_out1.mul(hardsigmoid2_out1);
        mul6_out1
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
        let conv2d23 = Conv2dConfig::new([192, 384], [1, 1])
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
        let conv2d24 = Conv2dConfig::new([384, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d25 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d26 = Conv2dConfig::new([192, 384], [1, 1])
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
        let conv2d27 = Conv2dConfig::new([384, 192], [1, 1])
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
    pub fn forward(&self, mul6_out1: Tensor<4>) -> Tensor<4> {
        let conv2d23_out1 = self.conv2d23.forward(mul6_out1.clone());
        let constant9_out1 = self.constant9.val();
        let div5_out1 = conv2d23_out1
            .clone()
            .div((constant9_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf5_out1 = div5_out1.erf();
        let constant10_out1 = self.constant10.val();
        let add8_out1 = erf5_out1.add((constant10_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul7_out1 = conv2d23_out1.mul(add8_out1);
        let conv2d24_out1 = self.conv2d24.forward(mul7_out1);
        let add9_out1 = mul6_out1.add(conv2d24_out1);
        let conv2d25_out1 = self.conv2d25.forward(add9_out1);
        let conv2d26_out1 = self.conv2d26.forward(conv2d25_out1.clone());
        let constant11_out1 = self.constant11.val();
        let div6_out1 = conv2d26_out1
            .clone()
            .div((constant11_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf6_out1 = div6_out1.erf();
        let constant12_out1 = self.constant12.val();
        let add10_out1 = erf6_out1.add((constant12_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul8_out1 = conv2d26_out1.mul(add10_out1);
        let conv2d27_out1 = self.conv2d27.forward(mul8_out1);
        let add11_out1 = conv2d25_out1.add(conv2d27_out1);
        let conv2d28_out1 = self.conv2d28.forward(add11_out1);
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
        let add12_out1 = erf7_out1.add((constant14_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul10_out1 = conv2d31_out1.mul(add12_out1);
        let conv2d32_out1 = self.conv2d32.forward(mul10_out1);
        let add13_out1 = mul9_out1.add(conv2d32_out1);
        let conv2d33_out1 = self.conv2d33.forward(add13_out1);
        let conv2d34_out1 = self.conv2d34.forward(conv2d33_out1.clone());
        let constant15_out1 = self.constant15.val();
        let div8_out1 = conv2d34_out1
            .clone()
            .div((constant15_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf8_out1 = div8_out1.erf();
        let constant16_out1 = self.constant16.val();
        let add14_out1 = erf8_out1.add((constant16_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul11_out1 = conv2d34_out1.mul(add14_out1);
        let conv2d35_out1 = self.conv2d35.forward(mul11_out1);
        let add15_out1 = conv2d33_out1.add(conv2d35_out1);
        let conv2d36_out1 = self.conv2d36.forward(add15_out1);
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
        let add16_out1 = erf9_out1.add((constant18_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul13_out1 = conv2d39_out1.mul(add16_out1);
        let conv2d40_out1 = self.conv2d40.forward(mul13_out1);
        let add17_out1 = mul12_out1.add(conv2d40_out1);
        let conv2d41_out1 = self.conv2d41.forward(add17_out1);
        let conv2d42_out1 = self.conv2d42.forward(conv2d41_out1.clone());
        let constant19_out1 = self.constant19.val();
        let div10_out1 = conv2d42_out1
            .clone()
            .div((constant19_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf10_out1 = div10_out1.erf();
        let constant20_out1 = self.constant20.val();
        let add18_out1 = erf10_out1.add((constant20_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul14_out1 = conv2d42_out1.mul(add18_out1);
        let conv2d43_out1 = self.conv2d43.forward(mul14_out1);
        let add19_out1 = conv2d41_out1.add(conv2d43_out1);
        add19_out1
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
    averagepool2d1: AvgPool2d,
    conv2d55: Conv2d,
    conv2d56: Conv2d,
    conv2d57: Conv2d,
    constant35: burn::module::Param<Tensor<1>>,
    constant36: burn::module::Param<Tensor<1>>,
    constant37: burn::module::Param<Tensor<1>>,
    constant38: burn::module::Param<Tensor<1>>,
    linear1: Linear,
    constant46: burn::module::Param<Tensor<1>>,
    linear2: Linear,
    #[module(skip)]
    device: Device,
}
impl Submodule3 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d44 = Conv2dConfig::new([192, 192], [3, 3])
            .with_stride([2, 1])
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
        let averagepool2d1 = AvgPool2dConfig::new([3, 2])
            .with_strides([3, 2])
            .with_padding(PaddingConfig2d::Valid)
            .with_count_include_pad(false)
            .with_ceil_mode(false)
            .init();
        let conv2d55 = Conv2dConfig::new([384, 120], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d56 = Conv2dConfig::new([384, 120], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d57 = Conv2dConfig::new([120, 120], [1, 7])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(0, 3, 0, 3))
            .with_dilation([1, 1])
            .with_groups(120)
            .with_bias(true)
            .init(device);
        let constant35: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant36: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant37: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant38: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear1 = LinearConfig::new(120, 360).with_bias(true).init(device);
        let constant46: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let linear2 = LinearConfig::new(120, 120).with_bias(true).init(device);
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
            averagepool2d1,
            conv2d55,
            conv2d56,
            conv2d57,
            constant35,
            constant36,
            constant37,
            constant38,
            linear1,
            constant46,
            linear2,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, add19_out1: Tensor<4>) -> (Tensor<3>, i64, Tensor<4>) {
        let conv2d44_out1 = self.conv2d44.forward(add19_out1);
        let conv2d45_out1 = self.conv2d45.forward(conv2d44_out1);
        let constant21_out1 = self.constant21.val();
        let div11_out1 = conv2d45_out1
            .clone()
            .div((constant21_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf11_out1 = div11_out1.erf();
        let constant22_out1 = self.constant22.val();
        let add20_out1 = erf11_out1.add((constant22_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul15_out1 = conv2d45_out1.mul(add20_out1);
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
        let add21_out1 = erf12_out1.add((constant24_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul17_out1 = conv2d50_out1.mul(add21_out1);
        let conv2d51_out1 = self.conv2d51.forward(mul17_out1);
        let add22_out1 = mul16_out1.add(conv2d51_out1);
        let conv2d52_out1 = self.conv2d52.forward(add22_out1);
        let conv2d53_out1 = self.conv2d53.forward(conv2d52_out1.clone());
        let constant25_out1 = self.constant25.val();
        let div13_out1 = conv2d53_out1
            .clone()
            .div((constant25_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let erf13_out1 = div13_out1.erf();
        let constant26_out1 = self.constant26.val();
        let add23_out1 = erf13_out1.add((constant26_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let mul18_out1 = conv2d53_out1.mul(add23_out1);
        let conv2d54_out1 = self.conv2d54.forward(mul18_out1);
        let add24_out1 = conv2d52_out1.add(conv2d54_out1);
        let averagepool2d1_out1 = self.averagepool2d1.forward(add24_out1);
        let conv2d55_out1 = self.conv2d55.forward(averagepool2d1_out1.clone());
        let sigmoid1_out1 = burn::tensor::activation::sigmoid(conv2d55_out1.clone());
        let mul19_out1 = conv2d55_out1.mul(sigmoid1_out1);
        let conv2d56_out1 = self.conv2d56.forward(averagepool2d1_out1);
        let sigmoid2_out1 = burn::tensor::activation::sigmoid(conv2d56_out1.clone());
        let mul20_out1 = conv2d56_out1.mul(sigmoid2_out1);
        let conv2d57_out1 = self.conv2d57.forward(mul20_out1.clone());
        let sigmoid3_out1 = burn::tensor::activation::sigmoid(conv2d57_out1.clone());
        let mul21_out1 = conv2d57_out1.mul(sigmoid3_out1);
        let add25_out1 = mul20_out1.add(mul21_out1);
        let shape1_out1: [i64; 4] = {
            let axes = &add25_out1.clone().dims()[0..4];
            let mut output = [0i64; 4];
            for i in 0..4 {
                output[i] = axes[i] as i64;
            }
            output
        };
        let slice1_out1: [i64; 1] = shape1_out1[3..4].try_into().unwrap();
        let squeeze1_out1 = slice1_out1[0] as i64;
        let slice2_out1: [i64; 2] = shape1_out1[0..2].try_into().unwrap();
        let constant34_out1: [i64; 1] = [-1i64];
        let concat2_out1: [i64; 3usize] = [&slice2_out1[..], &constant34_out1[..]].concat().try_into().unwrap();
        let reshape1_out1 = add25_out1.reshape(concat2_out1);
        let transpose1_out1 = reshape1_out1.permute([0, 2, 1]);
        let reducemean6_out1 = { transpose1_out1.clone().mean_dim(2usize) };
        let sub1_out1 = transpose1_out1.clone().sub(reducemean6_out1);
        let constant35_out1 = self.constant35.val();
        let pow1_out1 = sub1_out1
            .clone()
            .powf((constant35_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean7_out1 = { pow1_out1.mean_dim(2usize) };
        let constant36_out1 = self.constant36.val();
        let add26_out1 = reducemean7_out1.add((constant36_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt1_out1 = add26_out1.sqrt();
        let div14_out1 = sub1_out1.div(sqrt1_out1);
        let constant37_out1 = self.constant37.val();
        let mul22_out1 = div14_out1.mul((constant37_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant38_out1 = self.constant38.val();
        let add27_out1 = mul22_out1.add((constant38_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear1_out1 = self.linear1.forward(add27_out1);
        let reshape2_out1 = linear1_out1.reshape([0, -1, 3, 8, 15]);
        let transpose2_out1 = reshape2_out1.permute([2, 0, 3, 1, 4]);
        let slice3_out1 = transpose2_out1.clone().slice(s![0..1, .., .., .., ..]);
        let squeeze2_out1 = slice3_out1.squeeze_dims::<4>(&[0]);
        let constant46_out1 = self.constant46.val();
        let mul23_out1 = squeeze2_out1.mul((constant46_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let slice4_out1 = transpose2_out1.clone().slice(s![1..2, .., .., .., ..]);
        let squeeze3_out1 = slice4_out1.squeeze_dims::<4>(&[0]);
        let slice5_out1 = transpose2_out1.slice(s![2..3, .., .., .., ..]);
        let squeeze4_out1 = slice5_out1.squeeze_dims::<4>(&[0]);
        let (matmul3_out1,) = {
            let q = mul23_out1;
            let k = squeeze3_out1;
            let v = squeeze4_out1;
            let matmul3_out1 = burn::tensor::module::attention(
                q,
                k,
                v,
                None,
                None,
                burn::tensor::ops::AttentionModuleOptions {
                    scale: Some(1f64),
                    softcap: None,
                    is_causal: false,
                },
            );
            (matmul3_out1,)
        };
        let transpose4_out1 = matmul3_out1.permute([0, 2, 1, 3]);
        let reshape3_out1 = transpose4_out1.reshape([0, -1, 120]);
        let linear2_out1 = self.linear2.forward(reshape3_out1);
        let add29_out1 = transpose1_out1.add(linear2_out1);
        (add29_out1, squeeze1_out1, mul19_out1)
    }
}
#[derive(Module, Debug)]
pub struct Submodule4 {
    constant59: burn::module::Param<Tensor<1>>,
    constant60: burn::module::Param<Tensor<1>>,
    constant61: burn::module::Param<Tensor<1>>,
    constant62: burn::module::Param<Tensor<1>>,
    linear3: Linear,
    linear4: Linear,
    constant67: burn::module::Param<Tensor<1>>,
    constant68: burn::module::Param<Tensor<1>>,
    constant69: burn::module::Param<Tensor<1>>,
    constant70: burn::module::Param<Tensor<1>>,
    linear5: Linear,
    constant78: burn::module::Param<Tensor<1>>,
    linear6: Linear,
    constant91: burn::module::Param<Tensor<1>>,
    constant92: burn::module::Param<Tensor<1>>,
    constant93: burn::module::Param<Tensor<1>>,
    constant94: burn::module::Param<Tensor<1>>,
    linear7: Linear,
    linear8: Linear,
    constant99: burn::module::Param<Tensor<1>>,
    constant100: burn::module::Param<Tensor<1>>,
    constant101: burn::module::Param<Tensor<1>>,
    constant102: burn::module::Param<Tensor<1>>,
    linear9: Linear,
    #[module(skip)]
    device: Device,
}
impl Submodule4 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let constant59: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant60: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant61: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant62: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear3 = LinearConfig::new(120, 240).with_bias(true).init(device);
        let linear4 = LinearConfig::new(240, 120).with_bias(true).init(device);
        let constant67: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant68: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant69: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant70: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear5 = LinearConfig::new(120, 360).with_bias(true).init(device);
        let constant78: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let linear6 = LinearConfig::new(120, 120).with_bias(true).init(device);
        let constant91: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant92: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant93: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant94: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear7 = LinearConfig::new(120, 240).with_bias(true).init(device);
        let linear8 = LinearConfig::new(240, 120).with_bias(true).init(device);
        let constant99: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant100: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.0000009999999974752427f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant101: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant102: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear9 = LinearConfig::new(120, 18710).with_bias(true).init(device);
        Self {
            constant59,
            constant60,
            constant61,
            constant62,
            linear3,
            linear4,
            constant67,
            constant68,
            constant69,
            constant70,
            linear5,
            constant78,
            linear6,
            constant91,
            constant92,
            constant93,
            constant94,
            linear7,
            linear8,
            constant99,
            constant100,
            constant101,
            constant102,
            linear9,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, add29_out1: Tensor<3>, squeeze1_out1: i64, mul19_out1: Tensor<4>) -> Tensor<3> {
        let reducemean8_out1 = { add29_out1.clone().mean_dim(2usize) };
        let sub2_out1 = add29_out1.clone().sub(reducemean8_out1);
        let constant59_out1 = self.constant59.val();
        let pow2_out1 = sub2_out1
            .clone()
            .powf((constant59_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean9_out1 = { pow2_out1.mean_dim(2usize) };
        let constant60_out1 = self.constant60.val();
        let add30_out1 = reducemean9_out1.add((constant60_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt2_out1 = add30_out1.sqrt();
        let div15_out1 = sub2_out1.div(sqrt2_out1);
        let constant61_out1 = self.constant61.val();
        let mul24_out1 = div15_out1.mul((constant61_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant62_out1 = self.constant62.val();
        let add31_out1 = mul24_out1.add((constant62_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear3_out1 = self.linear3.forward(add31_out1);
        let sigmoid4_out1 = burn::tensor::activation::sigmoid(linear3_out1.clone());
        let mul25_out1 = linear3_out1.mul(sigmoid4_out1);
        let linear4_out1 = self.linear4.forward(mul25_out1);
        let add32_out1 = add29_out1.add(linear4_out1);
        let reducemean10_out1 = { add32_out1.clone().mean_dim(2usize) };
        let sub3_out1 = add32_out1.clone().sub(reducemean10_out1);
        let constant67_out1 = self.constant67.val();
        let pow3_out1 = sub3_out1
            .clone()
            .powf((constant67_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean11_out1 = { pow3_out1.mean_dim(2usize) };
        let constant68_out1 = self.constant68.val();
        let add33_out1 = reducemean11_out1.add((constant68_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt3_out1 = add33_out1.sqrt();
        let div16_out1 = sub3_out1.div(sqrt3_out1);
        let constant69_out1 = self.constant69.val();
        let mul26_out1 = div16_out1.mul((constant69_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant70_out1 = self.constant70.val();
        let add34_out1 = mul26_out1.add((constant70_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear5_out1 = self.linear5.forward(add34_out1);
        let reshape4_out1 = linear5_out1.reshape([0, -1, 3, 8, 15]);
        let transpose5_out1 = reshape4_out1.permute([2, 0, 3, 1, 4]);
        let slice6_out1 = transpose5_out1.clone().slice(s![0..1, .., .., .., ..]);
        let squeeze5_out1 = slice6_out1.squeeze_dims::<4>(&[0]);
        let constant78_out1 = self.constant78.val();
        let mul27_out1 = squeeze5_out1.mul((constant78_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let slice7_out1 = transpose5_out1.clone().slice(s![1..2, .., .., .., ..]);
        let squeeze6_out1 = slice7_out1.squeeze_dims::<4>(&[0]);
        let slice8_out1 = transpose5_out1.slice(s![2..3, .., .., .., ..]);
        let squeeze7_out1 = slice8_out1.squeeze_dims::<4>(&[0]);
        let (matmul9_out1,) = {
            let q = mul27_out1;
            let k = squeeze6_out1;
            let v = squeeze7_out1;
            let matmul9_out1 = burn::tensor::module::attention(
                q,
                k,
                v,
                None,
                None,
                burn::tensor::ops::AttentionModuleOptions {
                    scale: Some(1f64),
                    softcap: None,
                    is_causal: false,
                },
            );
            (matmul9_out1,)
        };
        let transpose7_out1 = matmul9_out1.permute([0, 2, 1, 3]);
        let reshape5_out1 = transpose7_out1.reshape([0, -1, 120]);
        let linear6_out1 = self.linear6.forward(reshape5_out1);
        let add36_out1 = add32_out1.add(linear6_out1);
        let reducemean12_out1 = { add36_out1.clone().mean_dim(2usize) };
        let sub4_out1 = add36_out1.clone().sub(reducemean12_out1);
        let constant91_out1 = self.constant91.val();
        let pow4_out1 = sub4_out1
            .clone()
            .powf((constant91_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean13_out1 = { pow4_out1.mean_dim(2usize) };
        let constant92_out1 = self.constant92.val();
        let add37_out1 = reducemean13_out1.add((constant92_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt4_out1 = add37_out1.sqrt();
        let div17_out1 = sub4_out1.div(sqrt4_out1);
        let constant93_out1 = self.constant93.val();
        let mul28_out1 = div17_out1.mul((constant93_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant94_out1 = self.constant94.val();
        let add38_out1 = mul28_out1.add((constant94_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear7_out1 = self.linear7.forward(add38_out1);
        let sigmoid5_out1 = burn::tensor::activation::sigmoid(linear7_out1.clone());
        let mul29_out1 = linear7_out1.mul(sigmoid5_out1);
        let linear8_out1 = self.linear8.forward(mul29_out1);
        let add39_out1 = add36_out1.add(linear8_out1);
        let reducemean14_out1 = { add39_out1.clone().mean_dim(2usize) };
        let sub5_out1 = add39_out1.sub(reducemean14_out1);
        let constant99_out1 = self.constant99.val();
        let pow5_out1 = sub5_out1
            .clone()
            .powf((constant99_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean15_out1 = { pow5_out1.mean_dim(2usize) };
        let constant100_out1 = self.constant100.val();
        let add40_out1 = reducemean15_out1.add((constant100_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt5_out1 = add40_out1.sqrt();
        let div18_out1 = sub5_out1.div(sqrt5_out1);
        let constant101_out1 = self.constant101.val();
        let mul30_out1 = div18_out1.mul((constant101_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant102_out1 = self.constant102.val();
        let add41_out1 = mul30_out1.add((constant102_out1).unsqueeze_dims(&[0isize, 1isize]));
        let unsqueeze1_out1 = [squeeze1_out1 as i64];
        let constant104_out1: [i64; 1] = [0i64];
        let constant105_out1: [i64; 1] = [1i64];
        let constant106_out1: [i64; 1] = [120i64];
        let concat3_out1: [i64; 4usize] = [
            &constant104_out1[..],
            &constant105_out1[..],
            &unsqueeze1_out1[..],
            &constant106_out1[..],
        ]
        .concat()
        .try_into()
        .unwrap();
        let reshape7_out1 = add41_out1.reshape(concat3_out1);
        let transpose8_out1 = reshape7_out1.permute([0, 3, 1, 2]);
        let add42_out1 = transpose8_out1.add(mul19_out1);
        let squeeze8_out1 = add42_out1.squeeze_dims::<3>(&[2]);
        let transpose9_out1 = squeeze8_out1.permute([0, 2, 1]);
        let linear9_out1 = self.linear9.forward(transpose9_out1);
        linear9_out1
    }
}

#[derive(Module, Debug)]
pub struct Model {
    submodule1: Submodule1,
    submodule2: Submodule2,
    submodule3: Submodule3,
    submodule4: Submodule4,
    #[module(skip)]
    device: Device,
}

impl Model {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let submodule1 = Submodule1::new(device);
        let submodule2 = Submodule2::new(device);
        let submodule3 = Submodule3::new(device);
        let submodule4 = Submodule4::new(device);
        Self {
            submodule1,
            submodule2,
            submodule3,
            submodule4,
            device: device.clone(),
        }
    }

    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<3> {
        let mul6_out1 = self.submodule1.forward(x);
        let add19_out1 = self.submodule2.forward(mul6_out1);
        let (add29_out1, squeeze1_out1, mul19_out1) = self.submodule3.forward(add19_out1);
        let linear9_out1 = self.submodule4.forward(add29_out1, squeeze1_out1, mul19_out1);
        linear9_out1
    }
}
